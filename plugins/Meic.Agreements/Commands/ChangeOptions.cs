using System.CommandLine;
using Meic.Agreements.Services;

namespace Meic.Agreements.Commands;

/// <summary>The options drafting, editing and amending share: variables, parties, commitments, clauses, dates.</summary>
internal sealed class ChangeOptions
{
    private readonly Option<string[]> _vars, _parties, _removeParties, _commits, _networks, _with, _without, _named;
    private readonly Option<string?> _starts, _expires, _note;

    private readonly AgreementsCli _cli;

    public ChangeOptions(AgreementsCli cli, Command command, bool parties = true)
    {
        _cli = cli;
        var s = cli.S;
        _vars = AgreementsCli.Many("--var", s["opt.var"]);
        _parties = AgreementsCli.Many("--party", s["opt.party"]);
        _removeParties = AgreementsCli.Many("--remove-party", s["opt.removeParty"]);
        _commits = AgreementsCli.Many("--commit", s["opt.commit"]);
        _networks = AgreementsCli.Many("--network", s["opt.network"]);
        _with = AgreementsCli.Many("--with", s["opt.with"]);
        _without = AgreementsCli.Many("--without", s["opt.without"]);
        _named = AgreementsCli.Many("--named", s["opt.named"]);
        _starts = AgreementsCli.One("--starts", s["opt.starts"]);
        _expires = AgreementsCli.One("--expires", s["opt.expires"]);
        _note = AgreementsCli.One("--note", s["opt.note"]);
        command.Add(_vars);
        if (parties) { command.Add(_parties); command.Add(_removeParties); command.Add(_commits); command.Add(_networks); }
        command.Add(_with); command.Add(_without); command.Add(_named); command.Add(_starts); command.Add(_expires); command.Add(_note);
    }

    public DraftChanges Read(ParseResult parse, IReadOnlyDictionary<string, string>? extraVariables = null)
    {
        var vars = Inputs.Variables(parse.GetValue(_vars) ?? [], _cli.S);
        if (extraVariables is not null) foreach (var (k, v) in extraVariables) vars[k] = v;
        var networks = new Dictionary<string, string>();
        foreach (var n in parse.GetValue(_networks) ?? [])
        {
            var at = n.IndexOf(':');
            if (at <= 0) throw new Meic.Sdk.Errors.InputException(_cli.S["refuse.networkShape", n], "--network");
            networks[n[..at].Trim()] = n[(at + 1)..].Trim();
        }
        return new DraftChanges
        {
            Variables = vars,
            Parties = (parse.GetValue(_parties) ?? []).Select(x => Inputs.Party(x, _cli.S)).ToList(),
            RemoveParties = (parse.GetValue(_removeParties) ?? []).ToList(),
            Commitments = (parse.GetValue(_commits) ?? []).Select(x => Inputs.Commitment(x, _cli.S)).ToList(),
            NetworkKinds = networks,
            With = (parse.GetValue(_with) ?? []).ToList(),
            Without = (parse.GetValue(_without) ?? []).ToList(),
            NamedPeople = (parse.GetValue(_named) ?? []).ToList(),
            StartsOn = Inputs.OptionalDate(parse.GetValue(_starts), "--starts", _cli.Ctx.Language),
            ExpiresOn = Inputs.OptionalDate(parse.GetValue(_expires), "--expires", _cli.Ctx.Language),
            Note = parse.GetValue(_note),
        };
    }
}
