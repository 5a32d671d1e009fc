"""Note templates, safe rendering and proofreading (pure Python)."""
