using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus consent record --session S --participant P1 --version V --language L [--interpreter LANG] --purpose P… [--date D]</c>.</summary>
internal static class ConsentRecordCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var participant = new Option<string>("--participant") { Required = true, Description = s["opt.pseudonym"] };
        var version = new Option<string>("--version") { Required = true, Description = s["opt.consentVersion"] };
        var language = new Option<string>("--language") { Required = true, Description = s["opt.consentLanguage"] };
        var interpreter = new Option<string?>("--interpreter") { Description = s["opt.interpreter"] };
        var purpose = new Option<string[]>("--purpose") { Required = true, Description = s["opt.purpose"] };
        var date = new Option<string?>("--date") { Description = s["opt.date"] };
        var command = new Command("record", s["cmd.consent.record"]) { session, participant, version, language, interpreter, purpose, date };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var sess = fs.Session(parse.GetValue(session)!);
            var p = Find(sess, parse.GetValue(participant)!, s);
            if (p.Withdrawn) throw new InputException(s["refuse.withdrewRecord", p.Pseudonym, p.WithdrawnOn], "--participant");
            var d = Ui.Date(ctx, parse.GetValue(date));
            // Controlled values: research, quotation, recording, report, typed in any language; an unknown word writes nothing.
            var purposes = ConsentPurposes.Parse(parse.GetValue(purpose) ?? [], s, ctx.Vocabularies);
            p.Consent = new Consent
            {
                Version = parse.GetValue(version)!, Language = parse.GetValue(language)!, Interpreter = parse.GetValue(interpreter) is not null,
                InterpreterLanguage = parse.GetValue(interpreter), Purposes = purposes, Date = d,
            };
            fs.Sessions.Update(sess);
            if (ctx.Json) ctx.WriteJson(p);
            else
            {
                Ui.Line(ctx, s["consent.recorded", p.Pseudonym, sess.Id]);
                Ui.Line(ctx, s["consent.purposes", ConsentPurposes.Labels(p.Consent, ctx.Language, ctx.Vocabularies)]);
                if (!purposes.Contains(ConsentPurposes.Quotation)) Ui.Line(ctx, s["consent.notQuoted", p.Pseudonym]);
            }
            return 0;
        });
        return command;
    }

    public static Participant Find(FgSession session, string pseudonymOrId, Strings s) =>
        session.Participants.FirstOrDefault(p => string.Equals(p.Pseudonym, pseudonymOrId, StringComparison.OrdinalIgnoreCase) || p.Id == pseudonymOrId)
        ?? throw new InputException(s["refuse.noParticipant", pseudonymOrId, session.Id, string.Join(", ", session.Participants.Select(p => p.Pseudonym))], "--participant");
}
