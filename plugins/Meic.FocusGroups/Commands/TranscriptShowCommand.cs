using System.CommandLine;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus transcript show ID</c>: the turns, numbered, pseudonymised.</summary>
internal static class TranscriptShowCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string>("ID") { Description = s["opt.transcriptOrSession"] };
        var command = new Command("show", s["cmd.transcript.show"]) { id };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var key = parse.GetValue(id)!;
            var transcript = fs.Transcripts.Get(key) ?? fs.TranscriptsOf(key).FirstOrDefault()
                ?? throw new InputException(s["refuse.noTranscriptOrSession", key], "ID");
            var turns = fs.TurnsOf(transcript.Id);
            if (ctx.Json) { ctx.WriteJson(new { transcript = transcript.Id, transcript.SessionId, turns = turns.Select(t => new { t.Index, t.Id, t.Speaker, t.Time, t.Start, t.End, t.Text }) }); return 0; }
            foreach (var t in turns) Ui.Line(ctx, $"{t.Index,4} {t.Speaker}: {t.Text}");
            return 0;
        });
        return command;
    }
}
