from anonymizer.cli import run

run()
