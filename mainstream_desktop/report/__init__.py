"""The PDF report of a workshop (reportlab platypus), in every UN script.

``write_pdf(ws, target, ReportOptions(...))`` is the whole public interface; the
window and the command line call only that. reportlab is imported when a report is
written, never when the window starts.
"""

from mainstream_desktop.report.build import ReportOptions, write_pdf

__all__ = ["ReportOptions", "write_pdf"]
