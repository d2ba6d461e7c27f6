using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Templates;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus session add --topic T [--kind focus-group|interview] [--date D] [--place P] [--facilitator NAME] [--question Q]… [--participant "NAME[@ACTOR][=ROLE]"]… [--redact WORD]…</c>.</summary>
internal static class SessionAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Option<string?>("--id") { Description = s["opt.id"] };
        var topic = new Option<string>("--topic") { Description = s["opt.topic"], Required = true };
        var kind = new Option<string>("--kind") { Description = s["opt.kind"], DefaultValueFactory = _ => "focus-group" };
        var date = new Option<string?>("--date") { Description = s["opt.date"] };
        var place = new Option<string?>("--place") { Description = s["opt.place"] };
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var facilitator = new Option<string?>("--facilitator") { Description = s["opt.facilitator"] };
        var question = new Option<string[]>("--question") { Description = s["opt.question"], AllowMultipleArgumentsPerToken = false };
        var participant = new Option<string[]>("--participant") { Description = s["opt.participant"] };
        var redact = new Option<string[]>("--redact") { Description = s["opt.redact"] };
        var command = new Command("add", s["cmd.session.add"]) { id, topic, kind, date, place, area, facilitator, question, participant, redact };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            if (!Names.TryParse<SessionKind>(parse.GetValue(kind), out var k)) throw Ui.OneOf(s, parse.GetValue(kind), "--kind", "focus-group", "interview");
            // A session recorded without a date is taken as held today, so monitoring counts it.
            var d = parse.GetValue(date) is { } typed ? Ui.Date(ctx, typed) : DateOnly.FromDateTime(ctx.Clock.Now.Date).ToString("yyyy-MM-dd");
            var t = parse.GetValue(topic)!;
            var sessionId = parse.GetValue(id) ?? $"{(d ?? Ui.Today(ctx))}-{CodebookFile.Slug(t)}";
            if (fs.Sessions.Get(sessionId) is not null) throw new InputException(s["refuse.sessionExists", sessionId], "--id");
            var session = new FgSession { Id = sessionId, Kind = k, Topic = t, Date = d, Place = parse.GetValue(place), Area = parse.GetValue(area) };
            session.GuideQuestions.AddRange(parse.GetValue(question) ?? []);
            var key = new PseudonymKey { Id = $"key-{sessionId}", SessionId = sessionId };
            key.Redactions.AddRange(parse.GetValue(redact) ?? []);
            var actors = fs.Actors;
            // Who leads is MOD in a focus group and INT in an interview, so transcripts read as the session was held.
            if (parse.GetValue(facilitator) is { } f) session.Facilitator = Participants.Add(session, key, f, null, Participants.LeaderRole(k)).Pseudonym;
            foreach (var spec in parse.GetValue(participant) ?? [])
            {
                var eq = spec.LastIndexOf('=');
                var role = eq < 0 ? "participant" : spec[(eq + 1)..].Trim();
                var rest = eq < 0 ? spec : spec[..eq];
                var at = rest.LastIndexOf('@');
                var name = at < 0 ? rest : rest[..at];
                var actorId = at < 0 ? null : rest[(at + 1)..];
                string? sector = null;
                if (actorId is not null)
                {
                    var actor = actors.Get(actorId) ?? throw new InputException(s["refuse.noActorSee", actorId], "--participant");
                    sector = actor.Sector;
                }
                var p = Participants.Add(session, key, name, actorId, role);
                p.Sector = sector;
            }
            using (var tx = ctx.Store.BeginTransaction())
            {
                fs.Sessions.Insert(session);
                fs.Keys.Insert(key);
                tx.Commit();
            }
            if (ctx.Json) ctx.WriteJson(session);
            else Ui.Line(ctx, s["session.added", session.Id, session.Participants.Count]);
            return 0;
        });
        return command;
    }
}
