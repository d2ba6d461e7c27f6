using Meic.Agreements.Commands;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Agreements.Screens;

/// <summary>What the agreements' screens show, in the workspace's language: labels from the vocabulary service, dates as people write them.</summary>
internal sealed class AgreementWords(IMeicContext ctx)
{
    public AgreementsCli Cli { get; } = new(ctx);
    public string Language => ctx.Language;
    public string this[string key, params object?[] args] => Cli.S[key, args];
    public string Label<T>(T value) where T : struct, Enum => ctx.Vocabularies.Label(value, Language);
    public string Day(DateOnly? day) => day is { } d ? Dates.FormatShort(d, Language) : "—";
    public DateOnly Today => Cli.Today;
}
