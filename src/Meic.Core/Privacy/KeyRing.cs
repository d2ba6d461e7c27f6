using System.Security.Cryptography;
using Meic.Sdk.Errors;

namespace Meic.Core.Privacy;

/// <summary>
/// Where the encryption keys live, outside the database: MEIC_KEY (one base64 key), else the file MEIC_KEY_FILE,
/// else <c>keys/cluster.key</c> in the workspace, created on first use. A key file holds one "ID BASE64KEY" per line;
/// the last line encrypts, every line decrypts (older keys open backups made before a rotation).
/// </summary>
public static class KeyRing
{
    /// <summary>One base64 256-bit key.</summary>
    public const string KeyVariable = "MEIC_KEY";
    /// <summary>The key file's path.</summary>
    public const string FileVariable = "MEIC_KEY_FILE";

    /// <summary>The key file a workspace uses when MEIC_KEY_FILE is not set.</summary>
    public static string DefaultFile(string workspaceDirectory) => Path.Combine(workspaceDirectory, "keys", "cluster.key");

    /// <summary>The cipher for a workspace; creates its key file when none exists.</summary>
    public static FieldCipher For(string workspaceDirectory)
    {
        if (Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key)
        {
            try { return new FieldCipher([("env", Convert.FromBase64String(key.Trim()))], KeyVariable); }
            catch (FormatException e) { throw Meic.Core.Hosting.Worded.Input(e, "privacy.key.notBase64", KeyVariable); }
        }
        var file = Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } f ? Path.GetFullPath(f) : DefaultFile(workspaceDirectory);
        if (File.Exists(file)) return Load(file);
        if (Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 })
            throw Meic.Core.Hosting.Worded.Input("privacy.key.noFile", FileVariable + "=" + file);
        // Created the first time something sensitive is written or read, not by every command.
        return new FieldCipher(() => { if (!File.Exists(file)) Append(file); return Keys(file); }, file);
    }

    /// <summary>Reads a key file.</summary>
    public static FieldCipher Load(string file) => new(Keys(file), file);

    private static List<(string, byte[])> Keys(string file)
    {
        var keys = new List<(string, byte[])>();
        var n = 0;
        foreach (var line in File.ReadAllLines(file))
        {
            n++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            try { keys.Add((parts[0], Convert.FromBase64String(parts.Length > 1 ? parts[1] : ""))); }
            catch (FormatException e) { throw Meic.Core.Hosting.Worded.Input(e, "privacy.key.badLine", $"{file}:{n}"); }
        }
        return keys;
    }

    /// <summary>Adds a new key at the end of <paramref name="file"/> (creating it, readable by its owner only); returns its id.</summary>
    public static string Append(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var id = "k" + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(2));
        var isNew = !File.Exists(file);
        File.AppendAllText(file, (isNew ? "# MEIC Toolkit encryption keys: keep this file out of backups of the database, and back it up separately.\n" : "")
            + $"{id} {Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}\n");
        if (isNew && !OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return id;
    }
}
