namespace Meic.Sdk;

/// <summary>Facts about this build of the SDK that plugins and the host compare.</summary>
public static class SdkInfo
{
    /// <summary>The SDK contract version. Plugins declare the range of SDK versions they accept.</summary>
    public static Version Version { get; } = new(2, 2, 0);
}
