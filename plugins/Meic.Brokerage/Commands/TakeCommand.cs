using System.CommandLine;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker take MATCH --by WHO</c>: records that a match was taken up, and by whom.</summary>
internal static class TakeCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("MATCH");
        var by = new Option<string>("--by") { Description = s["opt.by"], Required = true };
        var command = new Command("take", s["cmd.take"]) { id, by };
        command.SetAction(p =>
        {
            var matches = ctx.Store.Collection<Match>(Collections.Matches);
            var match = matches.Get(p.GetValue(id)!) ?? throw new InputException(s["refuse.noMatch", p.GetValue(id)], "MATCH");
            if (match.Status != "proposed") throw new InputException(s["refuse.matchTaken", match.Id, match.TakenBy, match.TakenOn is { } on && Meic.Sdk.Text.Dates.TryParse(on, out var day) ? Meic.Sdk.Text.Dates.Format(day, s.Language) : match.TakenOn], "MATCH");
            var who = p.GetValue(by)!.Trim();
            if (who.Length == 0) throw new InputException(s["refuse.matchWho"], "--by");
            match.Status = "taken"; match.TakenBy = who; match.TakenOn = ctx.Clock.Now.ToString("yyyy-MM-dd");
            matches.Update(match);
            ctx.Publish(new MeicEvent("match.taken", match.Id));
            if (ctx.Json) ctx.WriteJson(match);
            else Output.Line(ctx, s["match.taken", match.Id, who]);
            return 0;
        });
        return command;
    }
}
