using System.Runtime.InteropServices;

namespace Alignment;

/// <summary>What kind of thing a path names, as far as reading it is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing by that name.</summary>
    Missing,

    /// <summary>A file with an end: the only kind that is read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe, a device or a socket: opening it may block until a writer comes, and reading it may never end.</summary>
    Other,
}

/// <summary>
/// A path as the operating system sees it, found without opening it (opening a named pipe blocks until a writer
/// comes): its kind, symbolic links followed, and on Linux the device and inode that identify the file behind all its
/// names, hard links included. Elsewhere the kind is told only as missing, folder or file, and the identity is unknown.
/// </summary>
/// <remarks>This file is compiled into the command-line tool as well: the two share its source, not its internals.</remarks>
internal readonly record struct FileNode(FileKind Kind, ulong Device, ulong Inode)
{
    /// <summary>Whether the identity is known (on Linux), so that <see cref="IsSameFileAs"/> can say yes.</summary>
    public bool HasIdentity => Inode != 0;

    /// <summary>Why the path cannot be read as an input file, as the problem of an <see cref="InputException"/>; null for a regular file.</summary>
    public string? InputProblem => Kind switch
    {
        FileKind.Missing => "does not exist",
        FileKind.Directory => "is a folder, not a file",
        FileKind.Other => "is not a regular file (a pipe, a device or a socket); save it to a file first",
        _ => null,
    };

    /// <summary>Looks <paramref name="path"/> up, following symbolic links.</summary>
    public static FileNode Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OperatingSystem.IsLinux() && Statx.TryGet(path) is { } node ? node
            : Directory.Exists(path) ? new FileNode(FileKind.Directory, 0, 0)
            : File.Exists(path) ? new FileNode(FileKind.Regular, 0, 0)
            : new FileNode(FileKind.Missing, 0, 0);
    }

    /// <summary>True when both are known to be the same file, whatever names they were reached by.</summary>
    public bool IsSameFileAs(FileNode other) => HasIdentity && Device == other.Device && Inode == other.Inode;

    /// <summary>Linux's <c>statx</c>, whose structure is the same on every architecture (unlike <c>stat</c>'s).</summary>
    private static class Statx
    {
        private const int CurrentDirectory = -100;
        private const uint TypeAndInode = 0x1 | 0x100;
        private const int TypeMask = 0xF000;
        private const int RegularType = 0x8000;
        private const int DirectoryType = 0x4000;
        private const int NoSuchFile = 2;
        private const int NotADirectory = 20;

        private static bool unavailable;

        public static FileNode? TryGet(string path)
        {
            if (unavailable)
            {
                return null;
            }

            try
            {
                if (statx(CurrentDirectory, System.Text.Encoding.UTF8.GetBytes(path + "\0"), 0, TypeAndInode, out var buffer) != 0)
                {
                    return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory ? new FileNode(FileKind.Missing, 0, 0) : null;
                }

                var kind = (buffer.Mode & TypeMask) switch
                {
                    RegularType => FileKind.Regular,
                    DirectoryType => FileKind.Directory,
                    _ => FileKind.Other,
                };
                return new FileNode(kind, ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library older than statx (glibc 2.28, musl 1.2.5): fall back to what .NET can tell.
                unavailable = true;
                return null;
            }
        }

        // The path goes in as UTF-8 bytes ending with a zero byte.
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer buffer);

        /// <summary>The fields of <c>struct statx</c> read here, at their offsets; the kernel's structure is 256 bytes.</summary>
        [StructLayout(LayoutKind.Explicit, Size = 256)]
        private struct StatxBuffer
        {
            [FieldOffset(28)]
            public ushort Mode;

            [FieldOffset(32)]
            public ulong Inode;

            [FieldOffset(136)]
            public uint DeviceMajor;

            [FieldOffset(140)]
            public uint DeviceMinor;
        }
    }
}
