"""Built-in plugins: ordinary plugin modules, loaded by short name."""
