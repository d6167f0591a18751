"""The reference server: the four integration APIs behind Connexion, with storage and auth."""
