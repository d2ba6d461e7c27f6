using System.CommandLine;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus transcript import FILE --session ID [--marker REGEX]</c> (.txt, .md, .docx).</summary>
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
            if (ctx.Json) ctx.WriteJson(new { transcript = outcome.Transcript.Id, turns = outcome.Turns, newParticipants = outcome.NewParticipants, droppedWithdrawnTurns = outcome.DroppedWithdrawnTurns });
            else Ui.Line(ctx, s["transcript.imported", outcome.Transcript.Id, outcome.Turns, outcome.NewParticipants]);
            return 0;
        });
        return command;
    }
}
