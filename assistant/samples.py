"""The demo's sample questions: data only, importable without the application (bench/ask.py's LangChain side runs
them in a venv that holds LangChain, not this product)."""

SAMPLE_QUESTIONS = [
    "Is Huaxin cleared to ship cells?",
    "What is the late-delivery penalty in the Nordvolt contract?",
    "Which suppliers source cobalt from conflict-affected areas?",
    "Which corrective actions are overdue at Pearl River?",
    "Does Kestrel have a UN 38.3 test summary for every cell model?",
    "What is the risk score of Solaris?",
    "and what should they fix first?",
    "What needs attention in the next 60 days?",
    "What happens if Volta goes bankrupt?",
    "What are the five steps of the OECD due diligence guidance?",
    "What is the share price of Tesla?",
]
