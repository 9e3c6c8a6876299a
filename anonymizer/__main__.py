from anonymizer.cli import main

main(prog_name="anonymizer")
