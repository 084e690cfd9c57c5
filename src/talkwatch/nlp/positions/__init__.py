"""`talkwatch_positions`: issue and stance cues (cues.py), how stance words
combine (stance.py) and who holds the stance (holders.py)."""
