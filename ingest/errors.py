"""Why a file could not be read. A loader raises it with a reason a person can act on; the
pipeline records it against the file's name and carries on with the rest."""


class UnreadableFile(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
