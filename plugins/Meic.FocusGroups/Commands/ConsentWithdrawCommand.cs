using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus consent withdraw --session S --participant P1</c>: removes the person's turns and quotes everywhere.</summary>
internal static class ConsentWithdrawCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var participant = new Option<string>("--participant") { Required = true, Description = s["opt.pseudonym"] };
        var date = new Option<string?>("--date") { Description = s["opt.date"] };
        var command = new Command("withdraw", s["cmd.consent.withdraw"]) { session, participant, date };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var sess = fs.Session(parse.GetValue(session)!);
            var p = ConsentRecordCommand.Find(sess, parse.GetValue(participant)!, s);
            if (p.Withdrawn) throw new InputException(s["refuse.withdrewAlready", p.Pseudonym, p.WithdrawnOn], "--participant");
            var outcome = new Withdrawal(fs).Apply(sess, p, parse.GetValue(date) ?? Ui.Today(ctx));
            ctx.Publish(new MeicEvent("focus.consent.withdrawn", sess.Id, new Dictionary<string, object?> { ["participant"] = p.Pseudonym }));
            if (ctx.Json) ctx.WriteJson(new { session = sess.Id, participant = p.Pseudonym, outcome.TurnsRemoved, outcome.CodingsRemoved, outcome.CodingsShortened });
            else Ui.Line(ctx, s["consent.withdrawn", p.Pseudonym, outcome.TurnsRemoved, outcome.CodingsRemoved]);
            return 0;
        });
        return command;
    }
}
