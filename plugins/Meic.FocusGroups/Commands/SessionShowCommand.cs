using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus session show ID</c>: the session, its participants (pseudonyms), consent and transcripts.</summary>
internal static class SessionShowCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string>("ID");
        var command = new Command("show", s["cmd.session.show"]) { id };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var session = fs.Session(parse.GetValue(id)!);
            var transcripts = fs.TranscriptsOf(session.Id).Select(t => new { id = t.Id, name = t.Name, turns = fs.TurnsOf(t.Id).Count, characters = t.Text.Length }).ToList();
            if (ctx.Json) { ctx.WriteJson(new { session, transcripts }); return 0; }
            Ui.Line(ctx, $"{session.Id} · {FocusVocabularies.Get(FocusVocabularies.SessionKind, ctx.Vocabularies).Label(Names.Kebab(session.Kind), ctx.Language)} · {session.Topic}");
            Ui.Line(ctx, $"{session.Date} {session.Place} {(session.Facilitator is null ? "" : s["session.facilitator", session.Facilitator])}");
            foreach (var q in session.GuideQuestions) Ui.Line(ctx, $"  ? {q}");
            Ui.Table(ctx, [s["h.pseudonym"], s["h.actor"], s["h.sector"], s["h.consent"], s["h.status"]],
                session.Participants.Select(p => new[] { p.Pseudonym, p.ActorId, p.Sector,
                    p.Consent is null ? "-" : $"{p.Consent.Version} {p.Consent.Language} {p.Consent.Date} [{ConsentPurposes.Labels(p.Consent, ctx.Language, ctx.Vocabularies)}]",
                    p.Withdrawn ? s["status.withdrawn", p.WithdrawnOn] : "" }));
            foreach (var t in transcripts) Ui.Line(ctx, s["session.transcript", t.id, t.name, t.turns]);
            return 0;
        });
        return command;
    }
}
