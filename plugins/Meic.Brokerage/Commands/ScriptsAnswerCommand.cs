using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary>
/// <c>meic broker scripts answer SCRIPT --answer TEXT … [--case CODE --consent written|verbal]</c>: the script's
/// questions with the person's answers, printed; saved to the case only with a case code and consent.
/// </summary>
internal static class ScriptsAnswerCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("SCRIPT");
        var answers = new Option<string[]>("--answer") { Description = s["opt.answer"] };
        var caseCode = new Option<string?>("--case") { Description = s["opt.case"] };
        var consent = new Option<string?>("--consent") { Description = s["opt.consent", BrokerVocabularies.Choices(BrokerVocabularies.ConsentKind, s.Language)] };
        var command = new Command("answer", s["cmd.scripts.answer"]) { id, answers, caseCode, consent };
        command.SetAction(p =>
        {
            var script = ScriptStore.Find(ctx.Store, p.GetValue(id)!, ctx.Language)
                ?? throw new InputException(s["refuse.noScript", p.GetValue(id)], "SCRIPT");
            var given = p.GetValue(answers) ?? [];
            var saved = p.GetValue(caseCode) is { } code
                ? Interviews.Save(ctx.Store, script, code, p.GetValue(consent) ?? "none", given, ctx.User, ctx.Clock.Now, s) : null;
            if (ctx.Json) { ctx.WriteJson(new { script = script.Id, saved = saved?.Id, caseCode = saved?.CaseCode, answers = given }); return 0; }
            Output.Line(ctx, Interviews.Text(script, given, ScriptsShowCommand.ServicesFor(ctx, script), s));
            if (saved is not null) Output.Line(ctx, "\n" + s["interview.saved", saved.CaseCode]);
            return 0;
        });
        return command;
    }
}
