"""Onboarding modules that new staff and municipal officials complete."""
