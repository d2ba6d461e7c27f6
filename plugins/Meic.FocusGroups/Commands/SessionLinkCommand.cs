using System.CommandLine;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus session link ID --participant P1 --actor ACTOR</c>: links a participant to an organisation of the map.</summary>
internal static class SessionLinkCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string>("ID");
        var participant = new Option<string>("--participant") { Required = true, Description = s["opt.pseudonym"] };
        var actor = new Option<string>("--actor") { Required = true, Description = s["opt.actor"] };
        var command = new Command("link", s["cmd.session.link"]) { id, participant, actor };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var session = fs.Session(parse.GetValue(id)!);
            var p = ConsentRecordCommand.Find(session, parse.GetValue(participant)!, s);
            var a = fs.Actors.Get(parse.GetValue(actor)!) ?? throw new InputException(s["refuse.noActor", parse.GetValue(actor)], "--actor");
            p.ActorId = a.Id; p.Sector = a.Sector;
            fs.Sessions.Update(session);
            if (ctx.Json) ctx.WriteJson(p); else Ui.Line(ctx, s["session.linked", p.Pseudonym, a.Name]);
            return 0;
        });
        return command;
    }
}
