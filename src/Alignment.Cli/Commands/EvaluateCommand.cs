using Alignment.Aligning;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Commands;

internal sealed class EvaluateCommand : Command
{
    public override string Name => "evaluate";

    public override string Summary => "Score an alignment against a gold one: strict and lax precision, recall and F1.";

    public override string Usage => "evaluate --gold GOLD --test TEST [--json]";

    public override string Description => """
        Scores a test alignment against a gold alignment, both in the bead format of the Vecalign and Bertalign
        evaluation scripts (one bead per line, [0]:[0,1], 0-based sentence indices, [] for an empty side).
        Strict counts a bead only when it equals a gold bead; lax when it overlaps one on both sides.
        Beads with an empty side count against precision and are left out of recall, as in those scripts.
        """;

    public override IReadOnlyList<Option> Options =>
    [
        new("gold", "The gold alignment.", "GOLD", "g"),
        new("test", "The alignment to score.", "TEST", "t"),
        new("json", "Print the scores as JSON."),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "evaluate --gold corpora/unodc-cybercrime-eg4-2021/gold.beads --test test.beads",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var gold = BeadFile.Read(args.Required("gold"));
        var test = BeadFile.Read(args.Required("test"));
        var scores = AlignmentScores.Compute(gold, test);
        if (args.Flag("json"))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                precision_strict = scores.StrictPrecision,
                recall_strict = scores.StrictRecall,
                f1_strict = scores.StrictF1,
                precision_lax = scores.LaxPrecision,
                recall_lax = scores.LaxRecall,
                f1_lax = scores.LaxF1,
            }));
        }
        else
        {
            console.Out.WriteLine(scores);
        }

        return CliApplication.Success;
    }
}
