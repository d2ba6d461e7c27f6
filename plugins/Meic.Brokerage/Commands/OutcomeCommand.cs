using System.CommandLine;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker outcome MATCH --answered|--not-answered [--note]</c>: how a taken match ended.</summary>
internal static class OutcomeCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("MATCH");
        var answered = new Option<bool>("--answered"); var notAnswered = new Option<bool>("--not-answered");
        var note = new Option<string?>("--note");
        var command = new Command("outcome", s["cmd.outcome"]) { id, answered, notAnswered, note };
        command.SetAction(p =>
        {
            var matches = ctx.Store.Collection<Match>(Collections.Matches);
            var match = matches.Get(p.GetValue(id)!) ?? throw new InputException(s["refuse.noMatch", p.GetValue(id)], "MATCH");
            if (p.GetValue(answered) == p.GetValue(notAnswered)) throw new InputException(s["refuse.answeredOrNot"], "--answered");
            if (match.Status != "taken") throw new InputException(s["refuse.matchNotTaken", match.Id, s[$"match.state.{match.Status}"]], "MATCH");
            match.Status = p.GetValue(answered) ? "answered" : "notAnswered";
            match.OutcomeOn = ctx.Clock.Now.ToString("yyyy-MM-dd"); match.OutcomeNote = p.GetValue(note);
            matches.Update(match);
            if (ctx.Json) ctx.WriteJson(match);
            else Output.Line(ctx, s["match.outcome", match.Id, s[$"match.state.{match.Status}"]]);
            return 0;
        });
        return command;
    }
}
