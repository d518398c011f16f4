"""GUI glue: menu, toolbar, translator. Everything it offers goes through Processing."""
