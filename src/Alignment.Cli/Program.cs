using System.Runtime.InteropServices;
using System.Text;
using Alignment.Cli.CommandLine;
using Alignment.Interchange;

Console.OutputEncoding = new UTF8Encoding(false);

// Ctrl-C or a SIGTERM stops the tool as usual, but first removes the temporary files of outputs not yet complete;
// the targets stay as they were. (After a SIGKILL, the next write to the same target sweeps them away.)
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => AtomicFile.DeleteUnfinished());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => AtomicFile.DeleteUnfinished());

return CliApplication.Run(args, Console.Out, Console.Error, Console.In);
