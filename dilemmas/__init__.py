"""The dilemma-training library, live group sessions and the practice toolbox."""
