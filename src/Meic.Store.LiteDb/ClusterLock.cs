using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Store.LiteDb;

/// <summary>
/// The toolkit's own cross-process lock around every LiteDB session: an exclusive lock on a file beside the
/// database. LiteDB's direct mode lets two processes open one file at once and then silently loses writes
/// (LiteDB issue #2163); with this lock only one process has the file open at any moment, and a second one
/// waits a bounded time, then says plainly that the cluster is busy.
/// </summary>
internal sealed class ClusterLock : IDisposable
{
    private readonly FileStream _file;

    private ClusterLock(FileStream file) => _file = file;

    /// <summary>The lock file of the database <paramref name="database"/>.</summary>
    public static string PathOf(string database) => database + ".lock";

    /// <summary>Takes the lock, waiting up to <paramref name="timeoutMs"/>; the operating system releases it if the process dies.</summary>
    /// <exception cref="MeicException">Another process held it for the whole wait.</exception>
    public static ClusterLock Take(string database, int timeoutMs, ILocalizer? strings)
    {
        var path = PathOf(database);
        var deadline = Environment.TickCount64 + timeoutMs;
        var pause = 1;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Linux and macOS, a sharing lock on Windows.
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
            {
                if (Environment.TickCount64 >= deadline)
                    throw new MeicException((strings ?? HostStrings.English)["store.litedb.busy", database, timeoutMs], 1, e);
                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 25);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new InputException((strings ?? HostStrings.English)["store.litedb.lockDenied"], path, e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
