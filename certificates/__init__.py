"""The versioned ethics code and signed, verifiable acknowledgements of it."""
