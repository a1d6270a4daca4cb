"""The bundled sample project and the deterministic script that builds it."""
