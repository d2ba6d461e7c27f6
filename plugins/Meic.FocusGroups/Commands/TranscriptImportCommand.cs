using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus transcript import FILE --session ID [--marker REGEX]</c> (.txt, .md, .docx). Says which speaker label
/// became which pseudonym, and which participants it added, so that nobody is merged or split unseen.
/// </summary>
internal static class TranscriptImportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var file = new Argument<string>("FILE");
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var marker = new Option<string?>("--marker") { Description = s["opt.marker"] };
        var command = new Command("import", s["cmd.transcript.import"]) { file, session, marker };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var (text, format) = TextSource.Read(path, s);
            var outcome = new TranscriptImporter(Ui.Fs(ctx)).Import(parse.GetValue(session)!, path, text, format, parse.GetValue(marker), ctx.Clock.Now.ToString("O"));
            if (ctx.Json) ctx.WriteJson(Json(outcome));
            else Report(ctx, s, outcome);
            return 0;
        });
        return command;
    }

    private static object Json(TranscriptImporter.Outcome o) => new
    {
        transcript = o.Transcript.Id,
        turns = o.Turns,
        newParticipants = o.NewParticipants,
        droppedWithdrawnTurns = o.DroppedWithdrawnTurns,
        speakers = o.Speakers.Select(x => new { label = x.Label, pseudonym = x.Pseudonym, participant = x.ParticipantId, how = Names.Kebab(x.How), turns = x.Turns, withdrawn = x.Withdrawn }),
        created = o.Created.Select(p => new { pseudonym = p.Pseudonym, participant = p.Id, role = p.Role }),
        earlier = o.Earlier.Select(e => new { label = e.Label, was = e.Was, now = e.Now }),
    };

    private static void Report(IMeicContext ctx, Strings s, TranscriptImporter.Outcome o)
    {
        Ui.Line(ctx, s["transcript.header", o.Transcript.Id, s.Plural("transcript.turns", o.Turns), s.Plural("transcript.new", o.NewParticipants)]);
        Ui.Line(ctx, s["transcript.speakers"]);
        foreach (var x in o.Speakers)
        {
            var how = s[$"transcript.how.{Names.Kebab(x.How)}"];
            Ui.Line(ctx, x.Withdrawn
                ? s["transcript.speakerWithdrawn", x.Label, x.Pseudonym, how, Numbers.Format(x.Turns, ctx.Language)]
                : s["transcript.speaker", x.Label, x.Pseudonym, how, s.Plural("transcript.turns", x.Turns)]);
        }
        var roles = FocusVocabularies.Get(FocusVocabularies.SpeakerRole, ctx.Vocabularies);
        Ui.Line(ctx, o.Created.Count == 0 ? s["transcript.createdNone"]
            : s["transcript.created", string.Join(", ", o.Created.Select(p => roles.Find(p.Role ?? "") is { } r ? $"{p.Pseudonym} ({r.LabelFor(ctx.Language)})" : p.Pseudonym))]);
        foreach (var e in o.Earlier) Ui.Line(ctx, s["transcript.earlier", e.Label, e.Was, e.Now]);
    }
}
