"""The records plans come from: contacts, applications, interviews, references, exchanges."""
