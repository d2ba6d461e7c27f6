using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;

namespace Meic.Agreements.Commands;

/// <summary>When a write is refused because someone else saved first, shows who and what before the host reports the conflict.</summary>
internal static class ConflictReport
{
    public static T Guard<T>(AgreementsCli cli, string agreementId, Func<T> write)
    {
        try { return write(); }
        catch (ConflictException conflict)
        {
            var last = cli.Ctx.Store.Journal.Read(new JournalQuery { Collection = Agreement.CollectionName, DocumentId = agreementId }).LastOrDefault();
            if (last is not null)
            {
                var before = last.Before is null ? null : Meic.Sdk.Text.Json.Deserialize<Agreement>(last.Before);
                var after = last.After is null ? null : Meic.Sdk.Text.Json.Deserialize<Agreement>(last.After);
                var changed = new List<string>();
                if (before is not null && after is not null)
                {
                    foreach (var k in before.Variables.Keys.Union(after.Variables.Keys).Order())
                        if (before.Variables.GetValueOrDefault(k) != after.Variables.GetValueOrDefault(k)) changed.Add($"{k}: '{before.Variables.GetValueOrDefault(k)}' → '{after.Variables.GetValueOrDefault(k)}'");
                    var bp = string.Join(",", before.Parties.Select(p => p.ActorId)); var ap = string.Join(",", after.Parties.Select(p => p.ActorId));
                    if (bp != ap) changed.Add($"parties: {bp} → {ap}");
                    var bc = string.Join(",", before.Clauses.Select(c => c.Id)); var ac = string.Join(",", after.Clauses.Select(c => c.Id));
                    if (bc != ac) changed.Add($"clauses: {bc} → {ac}");
                    if (before.Status != after.Status) changed.Add($"status: {before.Status} → {after.Status}");
                }
                cli.Ctx.Console.Write(new Spectre.Console.Text(cli.S["conflict.who", last.User, last.At.ToString("yyyy-MM-dd HH:mm"), conflict.Actual ?? 0] + "\n"
                    + string.Concat(changed.Select(c => "  " + c + "\n"))));
            }
            throw;
        }
    }
}
