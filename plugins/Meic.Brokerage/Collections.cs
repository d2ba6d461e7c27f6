namespace Meic.Brokerage;

/// <summary>The collection names this plugin writes and reads (docs/collections.md).</summary>
internal static class Collections
{
    public const string Services = "services";
    public const string Referrals = "referrals";
    public const string Needs = "needs";
    public const string Matches = "matches";
    public const string Scripts = "orientation-scripts";
    public const string Interviews = "orientation-answers";
    public const string MapNeeds = "map-needs";
    public const string Decisions = "decisions";
    public const string FgCodes = "fg-codes";
    public const string PluginId = "meic.brokerage";
}
