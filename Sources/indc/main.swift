import IndcCLI

IndcCommand.main()
