using Alignment.Aligning;
using Alignment.Segmentation;
using Alignment.Server.Reviewing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Alignment.Server.Hosting;

/// <summary>The review page's API: the review as it stands, edits, undo and redo, save (docs/http-api.md).</summary>
internal static class ReviewEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ReviewLibrary library)
    {
        app.MapGet("/review/{key}", () => Assets.Serve("review.html"));
        app.MapGet("/api/reviews/{key}", (string key, string? unit) => With(library, key, session => State(session, session.View(), unit)));
        app.MapPost("/api/reviews/{key}/edits", (string key, EditRequest edit) => With(library, key, session => State(session, session.Apply(ToEdit(edit, session), edit.Revision), null)));
        app.MapPost("/api/reviews/{key}/undo", (string key, RevisionRequest request) => With(library, key, session => State(session, session.Undo(request.Revision), null)));
        app.MapPost("/api/reviews/{key}/redo", (string key, RevisionRequest request) => With(library, key, session => State(session, session.Redo(request.Revision), null)));
        app.MapPost("/api/reviews/{key}/save", (string key) => With(library, key, session =>
        {
            var message = library.Saver(session, session.Reviewed());
            return Results.Json(new { message });
        }));
    }

    /// <summary>Runs <paramref name="action"/> on the review with <paramref name="key"/> and turns what goes wrong into a status and a message.</summary>
    private static IResult With(ReviewLibrary library, string key, Func<ReviewSession, IResult> action)
    {
        try
        {
            return library.TryGet(key, out var session)
                ? action(session)
                : Error(StatusCodes.Status404NotFound, "There is no review of that document here: it was never reviewed or indexed as a text pair.");
        }
        catch (EditRefusedException e)
        {
            return Error(StatusCodes.Status422UnprocessableEntity, e.Message);
        }
        catch (ReviewConflictException e)
        {
            return Error(StatusCodes.Status409Conflict, e.Message);
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
    }

    internal static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    private static ReviewEdit ToEdit(EditRequest edit, ReviewSession session)
    {
        SentenceRef Sentence() => new(edit.Side ?? throw new EditRefusedException("Say which side the sentence is on."), edit.Sentence);
        return edit.Op switch
        {
            "merge-next" => new MergeWithNext(edit.Bead),
            "merge-previous" => edit.Bead > 0 ? new MergeWithNext(edit.Bead - 1) : throw new EditRefusedException("The first bead has no previous bead to merge with."),
            "move-previous" => new MoveSentence(Sentence(), Forward: false),
            "move-next" => new MoveSentence(Sentence(), Forward: true),
            "unpair" => new MarkUnpaired(Sentence()),
            "pair" => new PairUnpaired(edit.Bead, edit.Other),
            "confirm" => new ToggleConfirmed(edit.Bead),
            "edit-text" => new EditText(Sentence(), edit.Text ?? string.Empty, session.OriginalText(Sentence())),
            _ => throw new EditRefusedException($"'{edit.Op}' is not an edit; see docs/http-api.md."),
        };
    }

    private static IResult State(ReviewSession session, ReviewView view, string? unit)
    {
        var bitext = view.Bitext;
        var reasons = view.Report.Doubtful.ToDictionary(d => d.Index, d => d.Reasons);
        var pairs = bitext.Pairs;
        var beads = new List<object>(pairs.Count);
        var confirmed = 0;
        var edited = 0;
        var doubtful = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var bead = view.State.Beads[i];
            confirmed += bead.Status == BeadStatus.Confirmed ? 1 : 0;
            edited += bead.Status == BeadStatus.Edited ? 1 : 0;
            var why = reasons.TryGetValue(i, out var found) ? found.Select(Describe).ToArray() : [];
            doubtful += why.Length > 0 && !bead.IsFixed ? 1 : 0;
            beads.Add(new
            {
                path = pairs[i].Source.Path.ToString(),
                targetPath = pairs[i].Target.Path.ToString(),
                shape = pairs[i].Bead.Type.ToString(),
                confidence = Math.Round(bead.Confidence, 2),
                status = bead.Status,
                reasons = why,
                source = Sentences(bitext.Source, bead.Source, view.State, DocumentSide.Source),
                target = Sentences(bitext.Target, bead.Target, view.State, DocumentSide.Target),
            });
        }

        return Results.Json(new
        {
            key = session.Key,
            document = session.Document,
            revision = view.Revision,
            source = new { name = bitext.Source.Document.Name, language = bitext.Source.Language.Tag },
            target = new { name = bitext.Target.Document.Name, language = bitext.Target.Language.Tag },
            output = Path.GetFileName(session.Output),
            message = view.Message,
            changed = view.Changed,
            canUndo = view.CanUndo,
            canRedo = view.CanRedo,
            summary = new { beads = beads.Count, doubtful, confirmed, edited, meanConfidence = Math.Round(view.Report.MeanConfidence, 2) },
            focus = unit is null ? -1 : BeadOfUnit(session, bitext, unit),
            beads,
        });
    }

    private static object[] Sentences(SegmentedDocument document, SentenceSpan span, ReviewState state, DocumentSide side) =>
    [
        .. span.Indices.Select(i =>
        {
            var block = document.BlockOf(i);
            var label = document.SentencesOf(block.Index).Start == i ? block.Label.Written : string.Empty;
            return new { i, text = document.Sentences[i].Text, label, edited = state.Texts.ContainsKey(new SentenceRef(side, i)) };
        }),
    ];

    /// <summary>
    /// The bead a unit of the memory came from: the unit with the same id among those the review makes now (the units a
    /// save put in the memory, unless the review changed since), or −1.
    /// </summary>
    private static int BeadOfUnit(ReviewSession session, Bitext bitext, string unit)
    {
        var prefix = session.Document + "#";
        if (!unit.StartsWith(prefix, StringComparison.Ordinal) || !int.TryParse(unit.AsSpan(prefix.Length), out var number) || number < 1)
        {
            return -1;
        }

        var seen = 0;
        for (var i = 0; i < bitext.Beads.Count; i++)
        {
            if (!bitext.Beads[i].Source.IsEmpty && !bitext.Beads[i].Target.IsEmpty && ++seen == number)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(Doubt doubt) => doubt switch
    {
        Doubt.Unpaired => "unpaired",
        Doubt.LengthRatioOutlier => "length outlier",
        Doubt.NumbersDiffer => "numbers on one side only",
        Doubt.LowConfidence => "low confidence",
        _ => doubt.ToString(),
    };

    internal sealed record RevisionRequest(int Revision);

    internal sealed record EditRequest(
        int Revision,
        string Op,
        int Bead,
        int Other,
        DocumentSide? Side,
        int Sentence,
        string? Text);
}
