"""Test helpers: real databases, real servers on loopback, request builders."""
