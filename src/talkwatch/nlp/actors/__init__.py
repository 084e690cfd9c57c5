"""`talkwatch_actors`: every mention of a person, state or body, resolved to an actor."""
