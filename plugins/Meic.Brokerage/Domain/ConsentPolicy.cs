using Meic.Sdk.Plugins;

namespace Meic.Brokerage.Domain;

/// <summary>
/// Who may send a referral without recorded consent: the roles or users listed in toolkit.json
/// <c>settings."meic.brokerage".overrideRoles</c> (comma separated). The operator's role comes from
/// <c>MEIC_ROLE</c>, or from <c>settings."meic.brokerage".roles</c> (<c>user=role;user=role</c>).
/// </summary>
public sealed class ConsentPolicy(IReadOnlyCollection<string> overrideRoles, string user, string? role)
{
    public string User { get; } = user;
    public string? Role { get; } = role;

    public static ConsentPolicy From(IMeicContext ctx, string? environmentRole = null)
    {
        var allowed = Split(ctx.Setting(Collections.PluginId, "overrideRoles"));
        var role = environmentRole ?? Environment.GetEnvironmentVariable("MEIC_ROLE");
        if (string.IsNullOrWhiteSpace(role))
        {
            foreach (var pair in (ctx.Setting(Collections.PluginId, "roles") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && string.Equals(parts[0], ctx.User, StringComparison.OrdinalIgnoreCase)) role = parts[1];
            }
        }
        return new ConsentPolicy(allowed, ctx.User, string.IsNullOrWhiteSpace(role) ? null : role.Trim());
    }

    public IReadOnlyCollection<string> OverrideRoles { get; } = overrideRoles;

    /// <summary>Whether this operator may refer without recorded consent.</summary>
    public bool MayOverride =>
        (Role is not null && OverrideRoles.Contains(Role, StringComparer.OrdinalIgnoreCase))
        || OverrideRoles.Contains(User, StringComparer.OrdinalIgnoreCase);

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
