using System.Runtime.InteropServices;

namespace RlaifTheorems.Formal.Smt;

/// <summary>
/// The four C functions of libz3 (libz3.so.4, which some machine images carry without the executable) that take SMT-LIB2 text: make a configuration and
/// a context, evaluate a script to its printed output, free the context. Used only when the z3 executable is not installed.
/// </summary>
internal static partial class LibZ3
{
    private const string Library = "libz3.so.4";

    [LibraryImport(Library)] private static partial IntPtr Z3_mk_config();
    [LibraryImport(Library)] private static partial void Z3_del_config(IntPtr config);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] private static partial void Z3_set_param_value(IntPtr config, string name, string value);
    [LibraryImport(Library)] private static partial IntPtr Z3_mk_context(IntPtr config);
    [LibraryImport(Library)] private static partial void Z3_del_context(IntPtr context);
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)] private static partial IntPtr Z3_eval_smtlib2_string(IntPtr context, string script);

    /// <summary>Whether the library loads here.</summary>
    public static bool Available()
    {
        try { return NativeLibrary.TryLoad(Library, out _); }
        catch (DllNotFoundException) { return false; }
    }

    /// <summary>
    /// The solver's printed output for <paramref name="script"/> (which ends in check-sat), with z3's own time limit of
    /// <paramref name="milliseconds"/>, followed by the model when the answer is sat. The model is asked for only then:
    /// libz3's default error handler ends the process on (get-model) after unsat.
    /// </summary>
    public static string Evaluate(string script, int milliseconds)
    {
        var config = Z3_mk_config();
        Z3_set_param_value(config, "timeout", milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var context = Z3_mk_context(config);
        Z3_del_config(config);
        try
        {
            string answer = Marshal.PtrToStringUTF8(Z3_eval_smtlib2_string(context, script)) ?? "";
            return answer.Trim() == "sat" ? answer + "\n" + (Marshal.PtrToStringUTF8(Z3_eval_smtlib2_string(context, "(get-model)")) ?? "") : answer;
        }
        finally
        {
            Z3_del_context(context);
        }
    }
}
