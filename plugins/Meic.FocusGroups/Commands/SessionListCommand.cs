using System.CommandLine;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus session list</c>.</summary>
internal static class SessionListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var command = new Command("list", s["cmd.session.list"]);
        command.SetAction(_ =>
        {
            var fs = Ui.Fs(ctx);
            var rows = fs.Sessions.All().Select(x => new
            {
                id = x.Id, kind = Names.Kebab(x.Kind), topic = x.Topic, date = x.Date, place = x.Place,
                participants = x.Participants.Count(p => !p.Withdrawn), withdrawn = x.Participants.Count(p => p.Withdrawn),
                transcripts = fs.TranscriptsOf(x.Id).Count,
            }).ToList();
            if (ctx.Json) ctx.WriteJson(rows);
            else Ui.Table(ctx, [s["h.id"], s["h.kind"], s["h.topic"], s["h.date"], s["h.participants"], s["h.transcripts"]],
                rows.Select(r => new[] { r.id, r.kind, r.topic, r.date, r.participants.ToString(), r.transcripts.ToString() }));
            return 0;
        });
        return command;
    }
}
