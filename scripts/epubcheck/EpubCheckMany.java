// Validates many EPUB files in one JVM with EPUBCheck's Java API (JVM start-up is the slow part).
// Usage: java -cp /usr/share/java/epubcheck.jar EpubCheckMany.java FILE.epub ...
// Prints EPUBCheck's messages for each file that has any, one summary line per file with problems,
// and a closing line "epubcheck: N files, F fatals, E errors, W warnings"; exits 1 on any of them.
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class EpubCheckMany {
    public static void main(String[] args) {
        int files = 0, fatals = 0, errors = 0, warnings = 0, failing = 0;
        for (String path : args) {
            File file = new File(path);
            DefaultReportImpl report = new DefaultReportImpl(path);
            new EpubCheck(file, report).doValidate();
            int f = report.getFatalErrorCount(), e = report.getErrorCount(), w = report.getWarningCount();
            files++;
            fatals += f;
            errors += e;
            warnings += w;
            if (f + e + w > 0) {
                failing++;
                System.out.println("epubcheck: " + path + ": " + f + " fatals, " + e + " errors, " + w + " warnings");
            }
        }
        System.out.println("epubcheck: " + files + " files, " + fatals + " fatals, " + errors + " errors, "
            + warnings + " warnings (" + failing + " files with problems)");
        System.exit(fatals + errors + warnings > 0 ? 1 : 0);
    }
}
