using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;

namespace Meic.Mapping.Commands;

/// <summary>The tie fields shared by <c>ties add</c> and <c>ties edit</c>.</summary>
internal sealed class TieOptions(Meic.Sdk.Text.Strings text)
{
    public Option<string?> Kind { get; } = new("--kind") { Description = text["opt.kind", Vocabulary.Choices<TieKind>(text)] };
    public Option<bool> Directed { get; } = new("--directed") { Description = text["opt.directed"] };
    public Option<string?> Intensity { get; } = new("--intensity") { Description = text["opt.intensity", "awareness, cooperation, coordination, collaboration"] };
    public Option<double?> Weight { get; } = new("--weight") { Description = text["opt.weight"] };
    public Option<double?> Trust { get; } = new("--trust") { Description = text["opt.trust"] };
    public Option<double?> Value { get; } = new("--value") { Description = text["opt.value"] };
    public Option<string?> Since { get; } = new("--since") { Description = text["opt.since"] };
    public Option<string?> Origin { get; } = new("--origin") { Description = text["opt.origin", Vocabulary.Choices<TieSource>(text)] };
    public Option<string?> Wave { get; } = new("--wave") { Description = text["opt.tieWave"] };

    public IEnumerable<Option> All => [Kind, Directed, Intensity, Weight, Trust, Value, Since, Origin, Wave];

    /// <summary>Sets on <paramref name="tie"/> what was given; what was not keeps its value.</summary>
    public void Apply(ParseResult p, Relationship tie, string language)
    {
        if (p.GetValue(Kind) is { } k) tie.Kind = Vocabulary.Parse<TieKind>(k, "--kind", language);
        if (p.GetResult(Directed) is not null) tie.Directed = p.GetValue(Directed);
        if (p.GetValue(Intensity) is { } i) tie.Intensity = Vocabulary.Parse<TieIntensity>(i, "--intensity", language);
        if (p.GetValue(Weight) is { } w) tie.Weight = w;
        if (p.GetValue(Trust) is { } t) tie.Trust = t;
        if (p.GetValue(Value) is { } v) tie.Value = v;
        if (p.GetValue(Since) is { } s) tie.Since = TieImporter.Day(s, "--since", language);
        if (p.GetValue(Origin) is { } o) tie.Origin = Vocabulary.Parse<TieSource>(o, "--origin", language);
        if (p.GetValue(Wave) is { } wave) tie.Wave = wave.Length == 0 ? null : wave;
    }
}
