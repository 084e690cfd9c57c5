"""`talkwatch_events`: triggers (triggers.py) in their sense (senses.py), their
arguments (arguments.py, argactors.py, governors.py, places.py), status and date
(status.py, intervals.py), one event per act (acts.py, repeats.py, delegations.py)."""
