from anonymizer.launch import run

run()
