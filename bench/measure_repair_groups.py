import sys; sys.path.insert(0,'tests')
import thai_repair_sets as s
from normalizers.thai_text import repair
d=s.reader_groups()
tot={}
for key in sorted(d["groups"]):
    row=[]
    for half in ("dev","held_out"):
        row += [s.group_cer(half,key), s.group_cer(half,key,repair)]
    print(f"{key:28s} dev {row[0]*100:6.2f} -> {row[1]*100:5.2f}   held {row[2]*100:6.2f} -> {row[3]*100:5.2f}" + ("  !!" if max(row[1],row[3])>0.005 else ""))
