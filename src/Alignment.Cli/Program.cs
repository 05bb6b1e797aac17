using System.Text;
using Alignment.Cli.CommandLine;

Console.OutputEncoding = new UTF8Encoding(false);
return CliApplication.Run(args, Console.Out, Console.Error);
