// Runs epubcheck's own command-line checker on every file named, in one JVM (a JVM start costs
// about 10 s; a book after the first costs well under one). Used by test_epub_epubcheck:
//   java -cp epubcheck.jar EpubcheckBatch.java A.epub B.epub ...
// Prints "=== BEGIN name", epubcheck's report, "=== END name rc" for each file.
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubcheckBatch {
    public static void main(String[] args) {
        int failed = 0;
        for (String file : args) {
            System.out.println("=== BEGIN " + file);
            System.out.flush();
            int rc = new EpubChecker().run(new String[] {file});
            System.out.flush();
            System.err.flush();
            System.out.println("=== END " + file + " " + rc);
            if (rc != 0) ++failed;
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
