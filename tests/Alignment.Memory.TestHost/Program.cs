// One process of the memory's multi-process tests:
//   write MEMORY UNITS.tsv TIMEOUT-MS   adds the units as `alignment index` does (open for writing, add, close),
//                                       printing "open" once it has the memory and "committed" once it has closed it
//   read MEMORY PROBES.tsv SECONDS      searches the memory for that long, as a CAT tool would (now and then reading
//                                       its learned word pairs too), and checks every answer; prints "ok N"
//                                       (searches) or the first failure, with exit code 1
//   hold MEMORY                         opens the memory for writing, prints "holding", and waits for a line on stdin
// Every failure is one line on stderr and a non-zero exit code.
using Alignment;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Memory.TestHost;

try
{
    switch (args)
    {
        case ["write", var memory, var units, var timeout]:
            using (var writer = TranslationMemory.Open(memory, new WriterOptions { LockTimeout = TimeSpan.FromMilliseconds(int.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture)) }))
            {
                Console.WriteLine("open");
                var report = writer.Add(UnitTable.Read(units, UnitTableFormat.Tsv, Language.Chinese, Language.English));
                Console.Error.WriteLine($"added {report.Added}");
            }

            Console.WriteLine("committed");
            return 0;
        case ["read", var memory, var probes, var seconds]:
            return Reader.Run(memory, probes, TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
        case ["hold", var memory]:
            using (TranslationMemory.Open(memory))
            {
                Console.WriteLine("holding");
                Console.ReadLine();
            }

            return 0;
        default:
            Console.Error.WriteLine("usage: write MEMORY UNITS.tsv TIMEOUT-MS | read MEMORY PROBES.tsv SECONDS | hold MEMORY");
            return 2;
    }
}
catch (InputException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
